<#-- Keycloak's removal of a credential (kc_action=delete_credential:<id>): in this realm only passkeys are removed,
     from "Mon compte". The password and the certified mobile stay, which the page says. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=false; section>
<!-- template: delete-credential.ftl (cibtp) -->
    <#if section = "header">
        ${msg("cibtpPasskeyRemoveTitle")}
    <#elseif section = "form">
        <p id="kc-delete-text">${msg("cibtpPasskeyRemoveQuestion", credentialLabel)}</p>
        <p class="cibtp-hint">${msg("cibtpPasskeyRemoveWhatStays")}</p>
        <form class="${properties.kcFormClass!}" action="${url.loginAction}" method="POST">
            <@buttons.actionGroup>
                <@buttons.button name="accept" id="kc-accept" label="cibtpDoRemovePasskey"/>
                <@buttons.button name="cancel-aia" id="kc-decline" label="doCancel" type="secondary"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
