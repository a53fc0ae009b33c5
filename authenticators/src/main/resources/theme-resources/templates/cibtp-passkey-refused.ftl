<#-- Adding a passkey without the step-up it needs (an address made by hand, not "Mon compte"'s button). -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("cibtpPasskeyAddTitle")}
    <#elseif section = "form">
        <p id="cibtp-passkey-refused">${msg("cibtpPasskeyStepUpFirstHowTo")}</p>
    </#if>
</@layout.registrationLayout>
