<#-- Step-up: why a code is asked and its button ("send"), then the code sent by SMS to the certified mobile ("code"). -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
    <#if section = "header">
        ${msg("cibtpSmsOtpTitle")}
    <#elseif section = "form">
        <form id="cibtp-sms-otp" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if (cibtpStep!"code") == "send">
                <p id="cibtp-code-why">${msg("cibtpSmsOtpWhy", cibtpMaskedMobile)}</p>
                <@buttons.actionGroup>
                    <@buttons.button id="cibtp-send" name="send" label="cibtpDoSendCode"/>
                </@buttons.actionGroup>
            <#else>
                <p id="cibtp-code-sent-to">${msg("cibtpSmsCodeSentTo", cibtpMaskedMobile)}</p>
                <@field.input name="code" label=msg("cibtpSmsCodeLabel") autocomplete="one-time-code" autofocus=true />
                <@buttons.actionGroup>
                    <@buttons.button id="cibtp-validate" name="validate" label="cibtpDoValidate"/>
                    <@buttons.button id="cibtp-resend" name="send" label="cibtpDoResendCode" type="secondary"/>
                </@buttons.actionGroup>
            </#if>
        </form>
    </#if>
</@layout.registrationLayout>
