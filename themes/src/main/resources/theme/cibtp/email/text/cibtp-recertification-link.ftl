<#ftl output_format="plainText">
${msg("cibtpRecertificationEmailBody", link, linkExpiration, realmName, linkExpirationFormatter(linkExpiration))}
