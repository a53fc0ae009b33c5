<#-- Step 2/2 "Informations de connexion": the account's email, password, names and phones. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('email','emailConfirm','password','passwordConfirm','lastName','firstName','landline','mobile'); section>
    <#if section = "header">
        ${msg("cibtpEnrollmentTitle")}
    <#elseif section = "form">
        <h2 class="cibtp-subtitle">${msg("cibtpEnrollmentStep2")}</h2>
        <p class="cibtp-required-note">${msg("cibtpRequiredFields")}</p>
        <form id="cibtp-account" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="email" label=msg("cibtpEmailLabel") required=true autofocus=true autocomplete="email" value=cibtpAccount.email />
            <@field.input name="emailConfirm" label=msg("cibtpEmailConfirmLabel") required=true autocomplete="email" value=cibtpAccount.emailConfirm />
            <@field.password name="password" label=msg("cibtpPasswordLabel") required=true autocomplete="new-password">
                <div class="${properties.kcInputHelperTextItemClass}">
                    <span id="cibtp-password-rule" class="${properties.kcInputHelperTextItemTextClass}">${msg("cibtpPasswordRule")}</span>
                </div>
            </@field.password>
            <@field.password name="passwordConfirm" label=msg("cibtpPasswordConfirmLabel") required=true autocomplete="new-password" />
            <@field.input name="lastName" label=msg("cibtpLastNameLabel") required=true autocomplete="family-name" value=cibtpAccount.lastName />
            <@field.input name="firstName" label=msg("cibtpFirstNameLabel") required=true autocomplete="given-name" value=cibtpAccount.firstName />
            <@field.input name="landline" label=msg("cibtpLandlineLabel") autocomplete="tel" value=cibtpAccount.landline />
            <@field.input name="mobile" label=msg("cibtpMobileLabel") autocomplete="tel" value=cibtpAccount.mobile />
            <p id="cibtp-phone-hint" class="cibtp-hint">${msg("cibtpPhoneHint")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="cibtp-validate" name="valider" label="cibtpDoValidate"/>
                <@buttons.buttonLink id="cibtp-cancel" href=url.loginRestartFlowUrl label="cibtpDoCancel"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
