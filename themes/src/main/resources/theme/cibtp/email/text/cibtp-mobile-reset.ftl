<#ftl output_format="plainText">
${msg("cibtpMobileResetBody", link, linkExpiration, mobile, linkExpirationFormatter(linkExpiration))}
