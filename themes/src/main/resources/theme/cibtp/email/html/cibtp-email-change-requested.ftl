<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpEmailChangeRequestedBodyHtml", newEmail, link, linkExpirationFormatter(linkExpiration)))?no_esc}
<#if confirmLink??>
${kcSanitize(msg("cibtpEmailChangeRequestedWaitBodyHtml", confirmLink, effectiveAt))?no_esc}
</#if>
</@layout.emailLayout>
