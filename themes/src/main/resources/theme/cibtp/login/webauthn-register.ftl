<#-- "Ajouter une clé d'accès" (kc_action=cibtp-passkey): the name first, in a field of the page, then the device's
     own passkey dialog; cibtp-passkey-register.js posts the result with the name, or says on the page why no key was made. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: webauthn-register.ftl (cibtp) -->
    <#if section = "header">
        ${msg("cibtpPasskeyAddTitle")}
    <#elseif section = "form">
        <p id="cibtp-passkey-intro">${msg("cibtpPasskeyAddIntro")}</p>
        <div id="cibtp-passkey-failed" class="cibtp-field-error" role="alert" hidden></div>
        <form id="register" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <input type="hidden" id="clientDataJSON" name="clientDataJSON"/>
            <input type="hidden" id="attestationObject" name="attestationObject"/>
            <input type="hidden" id="publicKeyCredentialId" name="publicKeyCredentialId"/>
            <input type="hidden" id="transports" name="transports"/>
            <input type="hidden" id="authenticatorAttachment" name="authenticatorAttachment"/>
            <div class="${properties.kcFormGroupClass!}">
                <label for="authenticatorLabel" class="pf-v5-c-form__label"><span class="pf-v5-c-form__label-text">${msg("cibtpPasskeyNameLabel")}</span></label>
                <span class="${properties.kcInputClass!}">
                    <input type="text" id="authenticatorLabel" name="authenticatorLabel" maxlength="60" autocomplete="off"
                           value="${msg("cibtpPasskeyNameDefault")}" aria-describedby="cibtp-passkey-name-hint"/>
                </span>
                <p id="cibtp-passkey-name-hint" class="cibtp-hint">${msg("cibtpPasskeyNameHint")}</p>
            </div>
            <@buttons.actionGroup>
                <button type="button" id="registerWebAuthn" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("cibtpDoCreatePasskey")}</button>
                <#if isAppInitiatedAction?has_content>
                    <@buttons.button id="cancelWebAuthnAIA" name="cancel-aia" label="doCancel" type="secondary"/>
                </#if>
            </@buttons.actionGroup>
        </form>
        <script type="module">
            <#outputformat "JavaScript">
            import { registerPasskey } from "${url.resourcesPath}/js/cibtp-passkey-register.js";
            document.getElementById("registerWebAuthn").addEventListener("click", () => registerPasskey({
                challenge: ${challenge?c},
                userid: ${userid?c},
                username: ${username?c},
                signatureAlgorithms: [<#list signatureAlgorithms as sigAlg>${sigAlg?c}<#sep>, </#sep></#list>],
                rpEntityName: ${rpEntityName?c},
                rpId: ${rpId?c},
                attestationConveyancePreference: ${attestationConveyancePreference?c},
                authenticatorAttachment: ${authenticatorAttachment?c},
                residentKey: ${residentKey?c},
                userVerificationRequirement: ${userVerificationRequirement?c},
                createTimeout: ${createTimeout?c},
                excludeCredentialIds: ${excludeCredentialIds?c},
                errmsg: ${msg("cibtpPasskeyUnsupported")?c},
                failedmsg: ${msg("cibtpPasskeyNotMade")?c}
            }));
            </#outputformat>
        </script>
    </#if>
</@layout.registrationLayout>
