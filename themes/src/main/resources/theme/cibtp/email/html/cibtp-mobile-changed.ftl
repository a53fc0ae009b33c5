<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpMobileChangedBodyHtml", oldMobile, (newMobile?has_content)?then(msg("cibtpMobileChangedNew", newMobile), "")))?no_esc}
</@layout.emailLayout>
