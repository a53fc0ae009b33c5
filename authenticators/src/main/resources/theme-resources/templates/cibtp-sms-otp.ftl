<#-- Step-up: the code sent by SMS to the certified mobile. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
    <#if section = "header">
        ${msg("cibtpSmsOtpTitle")}
    <#elseif section = "form">
        <form id="cibtp-sms-otp" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <p id="cibtp-code-sent-to">${msg("cibtpSmsCodeSentTo", cibtpMaskedMobile)}</p>
            <@field.input name="code" label=msg("cibtpSmsCodeLabel") autocomplete="one-time-code" autofocus=true />
            <@buttons.actionGroup>
                <@buttons.button id="cibtp-validate" name="validate" label="cibtpDoValidate"/>
                <@buttons.button id="cibtp-resend" name="send" label="cibtpDoResendCode" type="secondary"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
