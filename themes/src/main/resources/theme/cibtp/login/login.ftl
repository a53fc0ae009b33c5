<#-- The "Connexion à votre espace CIBTP" page: keycloak.v2's login form with the flyers' band to create a space,
     the link to associate other sites, and "Besoin d'aide ?". With the realm's passkeys on, the address field offers
     the device's passkeys (autofill) and a button signs in with one (Keycloak's passkeys.ftl). -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "cibtp-help.ftl" as help>
<#import "passkeys.ftl" as passkeys>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password') displayInfo=realm.password; section>
<!-- template: login.ftl (cibtp) -->

    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <div id="kc-form">
          <div id="kc-form-wrapper">
            <#if realm.password>
                <form id="kc-form-login" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
                    <#if !usernameHidden??>
                        <@field.input name="username" label=msg("email") error=messagesPerField.getFirstError('username','password')
                            autofocus=true autocomplete=(enableWebAuthnConditionalUI?has_content)?then("username webauthn", "username") value=login.username!'' />
                        <@field.password name="password" label=msg("password") error="" forgotPassword=realm.resetPasswordAllowed autofocus=usernameHidden?? autocomplete="current-password"/>
                    <#else>
                        <@field.password name="password" label=msg("password") forgotPassword=realm.resetPasswordAllowed autofocus=usernameHidden?? autocomplete="current-password"/>
                    </#if>
                    <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>/>
                    <@buttons.loginButton />
                </form>
            </#if>
          </div>
        </div>
        <#if enableWebAuthnConditionalUI?has_content>
            <p class="cibtp-or"><span>${msg("cibtpOr")}</span></p>
            <div id="cibtp-passkey-sign-in"><@passkeys.conditionalUIData /></div>
        </#if>
        <#-- ProConnect, the State's sign-in for professionals, on the entreprise space only, once the caisse has turned
             the "proconnect" identity provider on. -->
        <#if (properties.cibtpSpace!"entreprise") != "salarie" && social.providers??>
            <#list social.providers?filter(provider -> provider.alias == "proconnect") as proconnect>
                <p class="cibtp-or"><span>${msg("cibtpOr")}</span></p>
                <div class="cibtp-proconnect">
                    <a id="cibtp-proconnect" class="cibtp-proconnect-button" href="${proconnect.loginUrl}">${msg("cibtpProConnectDo")}</a>
                    <p><a href="https://www.proconnect.gouv.fr/" target="_blank" rel="noopener">${msg("cibtpProConnectWhat")}</a></p>
                </div>
            </#list>
        </#if>
    <#elseif section = "info" >
        <div id="cibtp-first-steps" class="cibtp-first-steps">
            <#-- The flyers' "bandeau": "Première connexion à cet espace ? Je crée mon espace sécurisé", one link. -->
            <a id="cibtp-enroll" class="cibtp-band" href="${url.registrationUrl}">
                <span class="cibtp-band-question">${msg("cibtpFirstVisit")}</span>
                <span class="cibtp-band-action">${msg("cibtpDoEnroll")}</span>
            </a>
            <#if (properties.cibtpAssociation!"true") == "true">
                <p>${msg("cibtpOtherSites")} <a id="cibtp-associate" href="${url.registrationUrl}&parcours=association">${msg("cibtpDoAssociate")}</a></p>
            </#if>
        </div>
        <@help.links/>
    </#if>

</@layout.registrationLayout>
