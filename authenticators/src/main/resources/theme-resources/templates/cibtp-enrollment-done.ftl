<#-- End pages of the enrollment flow that do not sign in: a site associated, or an activation email not sent. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        <#if cibtpStep == "associated">${msg("cibtpAssociationTitle")}<#else>${msg("cibtpEnrollmentDoneTitle")}</#if>
    <#elseif section = "form">
        <#if cibtpStep == "associated">
            <p id="cibtp-associated">${msg("cibtpAssociationDone")}</p>
            <p><a id="cibtp-to-login" href="${url.loginRestartFlowUrl}">${msg("cibtpGoToLogin")}</a></p>
            <script>setTimeout(function () { window.location.href = document.getElementById("cibtp-to-login").href; }, 5000);</script>
        <#else>
            <p id="cibtp-account-created">${msg("cibtpEnrollmentThanks")}</p>
            <div id="cibtp-email-not-sent" class="pf-v5-c-alert pf-m-warning pf-m-inline" role="alert">
                <p class="pf-v5-c-alert__title">${msg("cibtpActivationEmailNotSent", cibtpEmail)}</p>
            </div>
            <p><a id="cibtp-to-login" href="${url.loginRestartFlowUrl}">${msg("cibtpGoToLogin")}</a></p>
        </#if>
    </#if>
</@layout.registrationLayout>
