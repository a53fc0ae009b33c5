<#-- Step 2/2: "Informations de connexion" (email, password) and "Informations de contact" (names, phones, the mobile's "Certifier"). -->
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
            <#-- Enter in any field validates the step: the first submit button of a form is the one Enter presses. -->
            <button type="submit" name="valider" class="cibtp-sr-only" tabindex="-1" aria-hidden="true">${msg("cibtpDoValidate")}</button>
            <fieldset class="cibtp-fieldset">
                <legend class="cibtp-legend">${msg("cibtpEnrollmentSignInSection")}</legend>
                <@field.input name="email" label=msg("cibtpEmailLabel") required=true autofocus=true autocomplete="email" value=cibtpAccount.email />
                <p id="cibtp-email-notice" class="cibtp-hint">${msg("cibtpEnrollmentEmailNotice")}</p>
                <@field.input name="emailConfirm" label=msg("cibtpEmailConfirmLabel") required=true autocomplete="email" value=cibtpAccount.emailConfirm />
                <@field.password name="password" label=msg("cibtpPasswordLabel") required=true autocomplete="new-password">
                    <div class="${properties.kcInputHelperTextItemClass}">
                        <span id="cibtp-password-rule" class="${properties.kcInputHelperTextItemTextClass}">${msg("cibtpPasswordRule")}</span>
                    </div>
                </@field.password>
                <@field.password name="passwordConfirm" label=msg("cibtpPasswordConfirmLabel") required=true autocomplete="new-password" />
            </fieldset>
            <fieldset class="cibtp-fieldset">
                <legend class="cibtp-legend">${msg("cibtpEnrollmentContactSection")}</legend>
                <@field.input name="lastName" label=msg("cibtpLastNameLabel") required=true autocomplete="family-name" value=cibtpAccount.lastName />
                <@field.input name="firstName" label=msg("cibtpFirstNameLabel") required=true autocomplete="given-name" value=cibtpAccount.firstName />
                <@field.input name="landline" label=msg("cibtpLandlineLabel") autocomplete="tel" value=cibtpAccount.landline />
                <@field.group name="mobile" label=msg("cibtpMobileLabel") error=messagesPerField.get("mobile")>
                    <div class="${properties.kcInputGroup}">
                        <div class="${properties.kcInputGroupItemClass} ${properties.kcFill}">
                            <span class="${properties.kcInputClass} <#if messagesPerField.existsError('mobile')>${properties.kcError}</#if>">
                                <input id="mobile" name="mobile" value="${cibtpAccount.mobile}" type="tel" autocomplete="tel"
                                       aria-describedby="cibtp-phone-hint cibtp-certify-hint" aria-invalid="<#if messagesPerField.existsError('mobile')>true</#if>"/>
                            </span>
                        </div>
                        <div class="${properties.kcInputGroupItemClass}">
                            <button id="cibtp-certify" class="pf-v5-c-button pf-m-secondary" type="submit" name="certifier" value="1"
                                    data-cibtp-certify="mobile">${msg("cibtpDoSendCode")}</button>
                        </div>
                    </div>
                </@field.group>
                <p id="cibtp-phone-hint" class="cibtp-hint">${msg("cibtpPhoneHint")}</p>
                <p id="cibtp-certify-hint" class="cibtp-hint">${msg("cibtpEnrollmentCertifyHint")}</p>
            </fieldset>
            <@buttons.actionGroup>
                <@buttons.button id="cibtp-validate" name="valider" label="cibtpDoValidate"/>
                <@buttons.buttonLink id="cibtp-cancel" href=url.loginRestartFlowUrl label="cibtpDoCancel"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
