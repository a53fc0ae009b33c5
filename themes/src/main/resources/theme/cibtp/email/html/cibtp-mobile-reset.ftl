<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpMobileResetIntroHtml", link, linkExpiration, mobile, linkExpirationFormatter(linkExpiration)))?no_esc}
<@layout.button href=link label=msg("cibtpMobileResetButton")/>
${kcSanitize(msg("cibtpMobileResetOutroHtml", link, linkExpiration, mobile, linkExpirationFormatter(linkExpiration)))?no_esc}
</@layout.emailLayout>
