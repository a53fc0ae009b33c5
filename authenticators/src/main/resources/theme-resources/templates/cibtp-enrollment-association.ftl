<#-- Association step 2/2: the sign-in details of the existing space the new site joins. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("cibtpAssociationTitle")}
    <#elseif section = "form">
        <h2 class="cibtp-subtitle">${msg("cibtpAssociationStep2")}</h2>
        <p>${msg("cibtpAssociationIntro")}</p>
        <form id="cibtp-association" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="username" label=msg("cibtpEmailLabel") required=true autofocus=true autocomplete="username" />
            <@field.password name="password" label=msg("cibtpPasswordLabel") required=true autocomplete="current-password" />
            <@buttons.actionGroup>
                <@buttons.button id="cibtp-validate" name="valider" label="cibtpDoValidate"/>
                <@buttons.buttonLink id="cibtp-cancel" href=url.loginRestartFlowUrl label="cibtpDoCancel"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
