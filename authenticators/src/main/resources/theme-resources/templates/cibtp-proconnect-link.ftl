<#-- The first ProConnect sign-in: the person links their ProConnect identity by signing in once with the email and
     password of their Espace sécurisé (first-login flow of the "proconnect" identity provider). With cibtpProConnectRelink:
     the link just ended, its password having changed; the message says to sign in with ProConnect again. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=cibtpProConnectRelink?? || !messagesPerField.existsError('username','password'); section>
    <#if section = "header">
        ${msg(cibtpProConnectRelink???then("cibtpProConnectRelinkTitle", "cibtpProConnectLinkTitle"))}
    <#elseif section = "form" && cibtpProConnectRelink??>
        <p><a id="cibtp-to-login" href="${url.loginRestartFlowUrl}">${msg("cibtpGoToLogin")}</a></p>
    <#elseif section = "form">
        <p id="cibtp-proconnect-intro">${msg("cibtpProConnectLinkIntro", cibtpProConnectName!"")}</p>
        <form id="kc-form-login" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="username" label=msg("email") error=messagesPerField.getFirstError('username','password')
                autofocus=true autocomplete="username" value=(login.username)!(cibtpProConnectEmail!'') />
            <@field.password name="password" label=msg("password") error="" forgotPassword=realm.resetPasswordAllowed autocomplete="current-password"/>
            <@buttons.actionGroup>
                <@buttons.button id="kc-login" name="login" label="cibtpDoProConnectLink"/>
            </@buttons.actionGroup>
        </form>
        <p id="cibtp-proconnect-no-space" class="cibtp-hint">${msg("cibtpProConnectLinkNoSpace")}</p>
    </#if>
</@layout.registrationLayout>
