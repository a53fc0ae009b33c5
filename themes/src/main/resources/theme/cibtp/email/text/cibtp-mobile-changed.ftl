<#ftl output_format="plainText">
${msg("cibtpMobileChangedBody", oldMobile, (newMobile?has_content)?then(msg("cibtpMobileChangedNew", newMobile), ""))}
