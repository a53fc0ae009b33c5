<#-- "Gérer les droits d'accès": a question before closing or deleting, or a sentence (refusal, no site chosen yet). -->
<#import "template.ftl" as layout>
<#import "cibtp-rights-common.ftl" as rights>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        <#if (cibtpConfirm!"") == "fermeture">${msg("cibtpRightsCloseTitle")}<#elseif (cibtpConfirm!"") == "cabinet">${msg("cibtpRightsCabinetDeleteTitle")}<#else>${msg("cibtpRightsTitle")}</#if>
    <#elseif section = "form">
        <@rights.siteBanner/>
        <#if cibtpConfirm??>
            <#if cibtpConfirm == "fermeture">
                <#assign action = cibtpPage + "/" + cibtpDelegation.id() + "/fermeture">
                <p id="cibtp-question">${msg("cibtpRightsCloseQuestion", (cibtpDelegation.nom()!"") + " " + (cibtpDelegation.prenom()!""), cibtpDelegation.email()!"")}</p>
                <p class="cibtp-hint">${msg("cibtpRightsCloseHint")}</p>
            <#else>
                <#assign action = cibtpPage + "/cabinet/suppression">
                <p id="cibtp-question">${msg("cibtpRightsCabinetDeleteQuestion", cibtpCabinetOfSite.raisonSociale())}</p>
                <p class="cibtp-hint">${msg("cibtpRightsCabinetDeleteHint")}</p>
            </#if>
            <form id="cibtp-confirm" action="${action}" method="post">
                <@rights.hiddenFields/>
                <div class="cibtp-buttons">
                    <button id="cibtp-submit" class="pf-v5-c-button pf-m-primary" type="submit">${msg("cibtpDoValidate")}</button>
                    <a id="cibtp-cancel" class="pf-v5-c-button pf-m-secondary" href="${cibtpPage}?site=${cibtpSite.identifiant()?url('UTF-8')}">${msg("cibtpDoCancel")}</a>
                </div>
            </form>
        <#else>
            <p class="cibtp-actions">
                <#if cibtpRefused??><@rights.listLink/></#if>
                <a id="cibtp-switch-site-link" href="${cibtpSwitchSite}">${msg("cibtpRightsSwitchSite")}</a>
            </p>
        </#if>
    </#if>
</@layout.registrationLayout>
