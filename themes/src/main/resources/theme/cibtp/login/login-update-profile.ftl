<#-- "Modification des informations de contact" ("Modifier contact" of Mon compte), in the guide's words: Nom, Prénom,
     Téléphone fixe editable; the mobile shown, not editable here (it changes only with a code sent to it), with its
     own "Modifier téléphone mobile" when the page comes from Mon compte. Read-only attributes other than the mobile
     (the address) are not shown: Keycloak ignores them on submit. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "user-profile-commons.ftl" as userProfileCommons>
<@layout.registrationLayout displayMessage=messagesPerField.exists('global'); section>
    <#if section = "header">
        ${msg("loginProfileTitle")}
    <#elseif section = "form">
        <p id="cibtp-required-note" class="cibtp-required-note">${msg("cibtpContactRequiredNote")}</p>
        <form id="kc-update-profile-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <#list profile.attributes as attribute>
                <#if attribute.name == "locale">
                    <#if realm.internationalizationEnabled && locale.currentLanguageTag?has_content>
                        <input type="hidden" id="locale" name="locale" value="${locale.currentLanguageTag}"/>
                    </#if>
                <#elseif attribute.name == "phoneNumber">
                    <#assign mobile = attribute.value!"">
                    <div class="${properties.kcFormGroupClass}">
                        <p class="cibtp-readonly-label" id="cibtp-mobile-label">${msg("cibtpMobileLabel")}</p>
                        <p id="cibtp-contact-mobile" class="cibtp-readonly-value" aria-labelledby="cibtp-mobile-label">
                            <#if mobile?matches("\\+33[1-9][0-9]{8}")>${"+33 " + mobile[3] + " " + mobile[4..5] + " " + mobile[6..7] + " " + mobile[8..9] + " " + mobile[10..11]}<#elseif mobile?has_content>${mobile}<#else>${msg("cibtpAccountNone")}</#if>
                        </p>
                        <#if client?? && client.clientId?starts_with("cibtp-mon-compte") && (client.baseUrl)?has_content>
                            <a id="cibtp-contact-change-mobile" class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!}"
                               href="${client.baseUrl}${client.baseUrl?contains("?")?then("&", "?")}modifier=mobile">${msg("cibtpAccountChangeMobile")}</a>
                        </#if>
                    </div>
                <#elseif !attribute.readOnly>
                    <@field.group name=attribute.name label=advancedMsg(attribute.displayName!'') error=messagesPerField.get('${attribute.name}') required=attribute.required>
                        <div class="${properties.kcInputWrapperClass!}">
                            <@userProfileCommons.inputFieldByType attribute=attribute/>
                        </div>
                    </@field.group>
                </#if>
            </#list>
            <div class="${properties.kcFormGroupClass!}">
                <div id="kc-form-buttons" class="${properties.kcFormButtonsClass!} cibtp-buttons">
                    <button class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!}" type="submit" id="cibtp-validate">${msg("cibtpDoValidate")}</button>
                    <#if isAppInitiatedAction??>
                        <button class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!}" type="submit" id="cibtp-cancel" name="cancel-aia" value="true" formnovalidate>${msg("doCancel")}</button>
                    </#if>
                </div>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
