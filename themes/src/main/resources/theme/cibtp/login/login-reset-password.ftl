<#-- "Mot de passe oublié", option 1 of the guide: the address that gets the reset link. Keycloak's form and field
     names (username, kc-reset-password-form) are kept, so its reset-credentials steps read it unchanged. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "cibtp-help.ftl" as help>
<@layout.registrationLayout displayInfo=true displayMessage=!messagesPerField.existsError('username'); section>
<!-- template: login-reset-password.ftl (cibtp) -->
    <#if section = "header">
        ${msg("cibtpResetTitle")}
    <#elseif section = "form">
        <p id="cibtp-reset-instruction">${msg("cibtpResetInstruction")}</p>
        <form id="kc-reset-password-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="username" label=msg("cibtpResetEmailLabel") required=true value=auth.attemptedUsername!'' autofocus=true autocomplete="email" />
            <@buttons.actionGroup>
                <@buttons.button id="cibtp-validate" name="valider" label="cibtpDoValidate"/>
                <@buttons.buttonLink id="cibtp-cancel" href=url.loginUrl label="cibtpDoCancel"/>
            </@buttons.actionGroup>
        </form>
    <#elseif section = "info">
        <@help.links/>
    </#if>
</@layout.registrationLayout>
