<#-- "Modifier mon adresse électronique": the request, the wait for the link (resend, cancel), the cancellation. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password','email','emailConfirm'); section>
    <#if section = "header">
        ${msg("cibtpEmailChangeTitle")}
    <#elseif section = "form">
        <#if cibtpStep == "pending">
            <p id="cibtp-email-change-pending">${msg("cibtpEmailChangePending", cibtpNewEmail)}</p>
            <form id="cibtp-email-change-wait" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <@buttons.actionGroup>
                    <@buttons.button id="cibtp-resend" name="renvoyer" label="cibtpEmailChangeResend"/>
                    <@buttons.button id="cibtp-cancel-change" name="annuler" label="cibtpEmailChangeCancel" type="secondary"/>
                </@buttons.actionGroup>
            </form>
        <#elseif cibtpStep == "cancelled">
            <p id="cibtp-email-change-cancelled">${msg("cibtpEmailChangeCancelled", cibtpCurrentEmail)}</p>
            <p><a id="cibtp-to-login" href="${url.loginRestartFlowUrl}">${msg("cibtpGoToLogin")}</a></p>
        <#else>
            <p>${msg("cibtpEmailChangeIntro", cibtpCurrentEmail)}</p>
            <form id="cibtp-email-change" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <#if cibtpAskPassword>
                    <@field.password name="password" label=msg("cibtpCurrentPasswordLabel") required=true autofocus=true autocomplete="current-password" />
                </#if>
                <@field.input name="email" label=msg("cibtpNewEmailLabel") required=true autocomplete="email" value=cibtpNewEmail!'' autofocus=!cibtpAskPassword />
                <@field.input name="emailConfirm" label=msg("cibtpEmailConfirmLabel") required=true autocomplete="email" />
                <@buttons.actionGroup>
                    <@buttons.button id="cibtp-validate" name="valider" label="cibtpDoValidate"/>
                    <#if isAppInitiatedAction??>
                        <@buttons.button id="cibtp-cancel" name="cancel-aia" label="cibtpDoCancel" type="secondary" value="true" formnovalidate="formnovalidate"/>
                    </#if>
                </@buttons.actionGroup>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
