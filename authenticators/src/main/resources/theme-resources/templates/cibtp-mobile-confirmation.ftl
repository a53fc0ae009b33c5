<#-- The SMS step-up of a sensitive change: a code sent to the certified mobile, or a link to the email for a lost phone. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
    <#if section = "header">
        ${msg(cibtpTitle)}
    <#elseif section = "form">
        <form id="cibtp-mobile-confirmation" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if cibtpStep == "current">
                <p id="cibtp-current-mobile">${msg("cibtpCurrentMobileIntro", cibtpMaskedMobile)}</p>
                <@buttons.actionGroup>
                    <@buttons.button id="cibtp-send-current" name="send" label="cibtpDoSendCodeToCurrent"/>
                    <@buttons.button id="cibtp-lost" name="lost" label="cibtpDoLostMobile" type="secondary"/>
                </@buttons.actionGroup>
            <#elseif cibtpStep == "currentCode">
                <p id="cibtp-code-sent-to">${msg("cibtpSmsCodeSentTo", cibtpMaskedMobile)}</p>
                <@field.input name="code" label=msg("cibtpSmsCodeLabel") autocomplete="one-time-code" autofocus=true />
                <@buttons.actionGroup>
                    <@buttons.button id="cibtp-validate" name="validate" label="cibtpDoValidate"/>
                    <@buttons.button id="cibtp-resend" name="send" label="cibtpDoResendCode" type="secondary"/>
                    <@buttons.button id="cibtp-lost" name="lost" label="cibtpDoLostMobile" type="secondary"/>
                </@buttons.actionGroup>
            <#elseif cibtpStep == "linkSent" && cibtpEmail??>
                <p id="cibtp-reset-link-sent">${msg("cibtpMobileResetLinkSent", cibtpEmail)}</p>
            </#if>
        </form>
    </#if>
</@layout.registrationLayout>
