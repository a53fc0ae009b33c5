<#ftl output_format="plainText">
${msg("cibtpPasskeyAddedBody", passkeyName, day)}
