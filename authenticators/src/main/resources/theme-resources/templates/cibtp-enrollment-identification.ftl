<#-- Step 1/2 "Informations d'identification": identifiant, SIRET and provisional code (salarié: no SIRET). -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('identifiant','siret','code'); section>
    <#if section = "header">
        <#if cibtpPath == "associate">${msg("cibtpAssociationTitle")}<#else>${msg("cibtpEnrollmentTitle")}</#if>
    <#elseif section = "form">
        <h2 class="cibtp-subtitle">${msg("cibtpEnrollmentStep1")}</h2>
        <p class="cibtp-required-note">${msg("cibtpRequiredFields")}</p>
        <form id="cibtp-identification" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if cibtpSalarie>
                <@field.input name="identifiant" label=msg("cibtpSalarieIdentifierLabel") required=true autofocus=true value=cibtpIdentifiant!'' />
            <#else>
                <@field.input name="identifiant" label=msg("cibtpIdentifierLabel") required=true autofocus=true value=cibtpIdentifiant!'' />
                <@field.input name="siret" label=msg("cibtpSiretLabel") required=true value=cibtpSiret!'' />
            </#if>
            <@field.input name="code" label=msg("cibtpCodeLabel") required=true />
            <p class="cibtp-hint">${msg(cibtpSalarie?then("cibtpSalarieLettersHint", "cibtpLettersHint"))}</p>
            <@buttons.actionGroup>
                <@buttons.button id="cibtp-validate" name="valider" label="cibtpDoValidate"/>
                <@buttons.buttonLink id="cibtp-cancel" href=url.loginRestartFlowUrl label="cibtpDoCancel"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
