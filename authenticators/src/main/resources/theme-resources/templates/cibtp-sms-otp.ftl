<#-- Step-up: the passkey's button when the account has one; then why a code is asked and its button ("send"), the code
     sent by SMS to the certified mobile ("code"), or, without a certified mobile, how to certify one ("passkey"). -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "cibtp-passkey.ftl" as passkey>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
    <#assign step = cibtpStep!"code">
    <#if section = "header">
        ${msg(cibtpPasskey???then("cibtpStepUpTitle", "cibtpSmsOtpTitle"))}
    <#elseif section = "form">
        <#if cibtpPasskey??>
            <p id="cibtp-passkey-why">${msg("cibtpStepUpPasskeyWhy")}</p>
            <@passkey.button/>
            <#if step == "passkey">
                <p id="cibtp-lost-passkey" class="cibtp-hint">${msg("cibtpStepUpLostPasskey")}</p>
            <#else>
                <p class="cibtp-or"><span>${msg("cibtpOr")}</span></p>
            </#if>
        </#if>
        <#if step != "passkey">
        <form id="cibtp-sms-otp" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if step == "send">
                <p id="cibtp-code-why">${msg(cibtpPasskey???then("cibtpStepUpSmsInstead", "cibtpSmsOtpWhy"), cibtpMaskedMobile)}</p>
                <@buttons.actionGroup>
                    <@buttons.button id="cibtp-send" name="send" label="cibtpDoSendCode" type=cibtpPasskey???then("secondary", "primary")/>
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
    </#if>
</@layout.registrationLayout>
