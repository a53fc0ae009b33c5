<#-- Step-up asked but the account has no certified mobile: say how to certify one. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("cibtpSmsOtpNoMobileTitle")}
    <#elseif section = "form">
        <div id="cibtp-no-certified-mobile">
            <p>${msg("cibtpSmsOtpNoMobileText")}</p>
            <p>${msg("cibtpSmsOtpNoMobileHowTo")}</p>
        </div>
    </#if>
</@layout.registrationLayout>
