<#ftl output_format="plainText">
${msg("cibtpEmailChangedBody", oldEmail, newEmail, link, linkExpirationFormatter(linkExpiration))}
