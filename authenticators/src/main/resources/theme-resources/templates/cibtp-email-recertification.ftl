<#-- Notice during the grace period of the email re-certification: a link was sent; the user may go on meanwhile. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("cibtpRecertificationTitle")}
    <#elseif section = "form">
        <p id="cibtp-recertification">${msg("cibtpRecertificationNotice", cibtpBlockedFrom)}</p>
        <#if cibtpLinkSent>
            <p id="cibtp-link-sent">${msg("cibtpRecertificationLinkSent", cibtpEmail)}</p>
        <#else>
            <div class="pf-v5-c-alert pf-m-warning pf-m-inline" role="alert">
                <p class="pf-v5-c-alert__title">${msg("cibtpRecertificationLinkNotSent")}</p>
            </div>
        </#if>
        <form id="cibtp-recertification-form" action="${url.loginAction}" method="post">
            <@buttons.actionGroup>
                <@buttons.button id="cibtp-continue" name="continuer" label="cibtpDoContinue"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
