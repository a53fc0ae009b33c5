<#-- The passkey button of the step-up page: Keycloak's WebAuthn check of one of the account's passkeys
     (webauthnAuthenticate.js of the base theme posts the result, or the browser's error, in the hidden form). -->
<#macro button>
    <form id="webauth" action="${url.loginAction}" method="post" hidden="hidden">
        <input type="hidden" id="clientDataJSON" name="clientDataJSON"/>
        <input type="hidden" id="authenticatorData" name="authenticatorData"/>
        <input type="hidden" id="signature" name="signature"/>
        <input type="hidden" id="credentialId" name="credentialId"/>
        <input type="hidden" id="userHandle" name="userHandle"/>
        <input type="hidden" id="error" name="error"/>
    </form>
    <#if authenticators??>
        <form id="authn_select" hidden="hidden">
            <#list authenticators.authenticators as authenticator>
                <input type="hidden" name="authn_use_chk" value="${authenticator.credentialId}"/>
            </#list>
        </form>
    </#if>
    <div class="cibtp-buttons">
        <button type="button" id="cibtp-use-passkey" class="pf-v5-c-button pf-m-primary pf-m-block">${msg("cibtpDoUsePasskey")}</button>
    </div>
    <script type="module">
        <#outputformat "JavaScript">
        import { authenticateByWebAuthn } from "${url.resourcesPath}/js/webauthnAuthenticate.js";
        document.getElementById("cibtp-use-passkey").addEventListener("click", (event) => {
            event.preventDefault();
            authenticateByWebAuthn({
                isUserIdentified: ${isUserIdentified},
                challenge: ${challenge?c},
                userVerification: ${userVerification?c},
                rpId: ${rpId?c},
                createTimeout: ${createTimeout?c},
                errmsg: ${msg("cibtpPasskeyUnsupported")?c}
            });
        });
        </#outputformat>
    </script>
</#macro>
