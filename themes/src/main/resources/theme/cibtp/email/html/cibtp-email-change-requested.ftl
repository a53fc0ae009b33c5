<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpEmailChangeRequestedIntroHtml", newEmail, link, linkExpirationFormatter(linkExpiration)))?no_esc}
<@layout.button href=link label=msg("cibtpEmailChangeRequestedButton")/>
<#if confirmLink??>
${kcSanitize(msg("cibtpEmailChangeRequestedWaitIntroHtml", confirmLink, effectiveAt))?no_esc}
<@layout.button href=confirmLink label=msg("cibtpEmailChangeRequestedWaitButton")/>
</#if>
</@layout.emailLayout>
