<#-- Keycloak's "Verify email" page in the seeds' words: the end of the account opening, or, for an account that was
     certified before, the periodic re-certification. -->
<#import "template.ftl" as layout>
<#assign recertifying = (user.attributes.emailCertifiedAt)?? >
<#-- Keycloak adds "Activez votre compte" as a warning, which the page's own sentence says already: only an error shows. -->
<@layout.registrationLayout displayInfo=true displayMessage=(message?has_content && message.type == "error"); section>
    <#if section = "header">
        <#if recertifying>${msg("cibtpRecertifyTitle")}<#else>${msg("emailVerifyTitle")}</#if>
    <#elseif section = "form">
        <p id="cibtp-verify-email" class="instruction">
            <#if recertifying>
                ${msg("cibtpRecertifyInstruction", verifyEmail!user.email)}
            <#elseif verifyEmail??>
                ${msg("emailVerifyInstruction1", verifyEmail)}
            <#else>
                ${msg("emailVerifyInstruction4", user.email)}
            </#if>
        </p>
        <#if isAppInitiatedAction??>
            <form id="kc-verify-email-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <div class="${properties.kcFormGroupClass!}">
                    <div id="kc-form-buttons" class="${properties.kcFormButtonsClass!}">
                        <#if verifyEmail??>
                            <input class="${properties.kcButtonClass!} ${properties.kcButtonDefaultClass!} ${properties.kcButtonLargeClass!}" type="submit" value="${msg("emailVerifyResend")}" />
                        <#else>
                            <input class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonLargeClass!}" type="submit" value="${msg("emailVerifySend")}" />
                        </#if>
                        <button class="${properties.kcButtonClass!} ${properties.kcButtonDefaultClass!} ${properties.kcButtonLargeClass!}" type="submit" name="cancel-aia" value="true" formnovalidate>${msg("doCancel")}</button>
                    </div>
                </div>
            </form>
        </#if>
    <#elseif section = "info">
        <#if !isAppInitiatedAction??>
            <p class="instruction">
                ${msg("emailVerifyInstruction2")}
                <br/>
                <a href="${url.loginAction}">${msg("doClickHere")}</a> ${msg("emailVerifyInstruction3")}
            </p>
        </#if>
    </#if>
</@layout.registrationLayout>
