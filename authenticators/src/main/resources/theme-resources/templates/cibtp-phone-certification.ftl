<#-- "Certification du numéro de téléphone": a mobile number, then the code received by SMS (also after enrollment step 2's "Certifier"). -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('mobile','code'); section>
    <#if section = "header">
        ${msg("cibtpPhoneCertificationTitle")}
    <#elseif section = "form">
        <form id="cibtp-phone-certification" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if cibtpStep == "code">
                <p id="cibtp-code-sent-to">${msg("cibtpSmsCodeSentTo", cibtpMaskedMobile)}</p>
                <@field.input name="code" label=msg("cibtpSmsCodeLabel") autocomplete="one-time-code" autofocus=true />
                <input type="hidden" name="mobile" value="${cibtpMobile}"/>
                <@buttons.actionGroup>
                    <@buttons.button id="cibtp-validate" name="validate" label="cibtpDoValidate"/>
                    <@buttons.button id="cibtp-resend" name="send" label="cibtpDoResendCode" type="secondary"/>
                    <#if cibtpEnrollment??>
                        <#-- At enrollment the mobile can be certified later, from "Mon compte utilisateur". -->
                        <@buttons.button id="cibtp-later" name="later" label="cibtpDoLater" type="secondary"/>
                    <#elseif isAppInitiatedAction??>
                        <@buttons.button id="cibtp-cancel" name="cancel-aia" label="cibtpDoCancel" type="secondary" value="true" formnovalidate="formnovalidate"/>
                    </#if>
                </@buttons.actionGroup>
            <#else>
                <p>${msg("cibtpPhoneCertificationIntro")}</p>
                <@field.input name="mobile" label=msg("cibtpMobileLabel") autocomplete="tel" autofocus=true value=cibtpMobile />
                <@buttons.actionGroup>
                    <@buttons.button id="cibtp-send" name="send" label="cibtpDoSendCode"/>
                    <#if isAppInitiatedAction??>
                        <@buttons.button id="cibtp-cancel" name="cancel-aia" label="cibtpDoCancel" type="secondary" value="true" formnovalidate="formnovalidate"/>
                    </#if>
                </@buttons.actionGroup>
            </#if>
        </form>
    </#if>
</@layout.registrationLayout>
