<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cibtpPasskeyAddedBodyHtml", passkeyName, day))?no_esc}
</@layout.emailLayout>
