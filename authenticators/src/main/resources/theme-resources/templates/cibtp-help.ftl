<#-- "Besoin d'aide ?": the caisse's guide, the accounting firms' tutorial (entreprise space) and the phone line, as
     set in Realm settings, tab CIBTP. The tab publishes them as realm attributes, checked (http(s) addresses, a phone
     number), since a page reads the realm's attributes only; a link not set is not shown. Values are escaped. -->
<#macro links>
    <#assign helpSettings = realm.attributes>
    <#assign salarie = (properties.cibtpSpace!"entreprise") == "salarie">
    <#assign guide = salarie?then(helpSettings["cibtp.help.guide-salarie"]!"", helpSettings["cibtp.help.guide-entreprise"]!"")>
    <#assign tutorial = salarie?then("", helpSettings["cibtp.help.tutoriel-cabinet"]!"")>
    <#assign phone = helpSettings["cibtp.help.telephone"]!"">
    <#assign phoneLink = helpSettings["cibtp.help.telephone-lien"]!"">
    <#if guide?has_content || tutorial?has_content || (phone?has_content && phoneLink?starts_with("tel:"))>
        <nav id="cibtp-help" class="cibtp-help" aria-labelledby="cibtp-help-title">
            <p id="cibtp-help-title" class="cibtp-help-title">${msg("cibtpHelpTitle")}</p>
            <ul>
                <#if guide?has_content && guide?matches("^https?://.*", "i")>
                    <li><a id="cibtp-help-guide" href="${guide}">${msg(salarie?then("cibtpHelpGuideSalarie", "cibtpHelpGuideEntreprise"))}</a></li>
                </#if>
                <#if tutorial?has_content && tutorial?matches("^https?://.*", "i")>
                    <li><a id="cibtp-help-tutorial" href="${tutorial}">${msg("cibtpHelpCabinetTutorial")}</a></li>
                </#if>
                <#if phone?has_content && phoneLink?starts_with("tel:")>
                    <li>${msg("cibtpHelpPhone")} <a id="cibtp-help-phone" href="${phoneLink}">${phone}</a></li>
                </#if>
            </ul>
        </nav>
    </#if>
</#macro>
