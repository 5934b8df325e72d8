// Broedplaats-bot in Azure: Table Storage, a managed identity, a Linux App Service running the bot, and the Azure Bot with its Teams channel.

targetScope = 'resourceGroup'

@description('Azure region of the storage account, identity and App Service. The Azure Bot itself is global.')
param location string = resourceGroup().location

@description('Short name the resource names are built from: lowercase letters, digits and hyphens.')
@minLength(2)
@maxLength(20)
param baseName string

@description('How the bot proves its identity: UserAssignedMSI (the managed identity made here, no secret), or an app registration (SingleTenant or MultiTenant) given by appId and appPassword.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
  'MultiTenant'
])
param appType string = 'UserAssignedMSI'

@description('Application (client) id of the app registration; only for SingleTenant or MultiTenant.')
param appId string = ''

@description('Client secret of the app registration; only for SingleTenant or MultiTenant.')
@secure()
param appPassword string = ''

@description('Days before a meeting that invitees who have not answered are reminded, comma-separated.')
param reminderDays string = '7,2'

@description('Secret key (at least 32 characters) that signs the links the bot hands out; make one with: openssl rand -base64 48. Keep it the same between deployments, or earlier links stop working.')
@secure()
@minLength(32)
param linkSigningSecret string

@description('Optional: e-mail for invitees outside Teams through Microsoft Graph. Tenant id of the app registration that has the Mail.Send application permission (leave the four mail settings empty to have contacts send the invitation text themselves).')
param mailTenantId string = ''

@description('Optional: client id of the app registration with Mail.Send.')
param mailClientId string = ''

@description('Optional: client secret of the app registration with Mail.Send.')
@secure()
param mailClientSecret string = ''

@description('Optional: the mailbox invitations are sent from (restrict the app to it with an application access policy).')
param mailSender string = ''

@description('Optional, with the mail settings: name people picked in Teams whom Teams does not name, and mail their invitation, from the mail app\'s tenant directory (Microsoft Graph). Needs the User.ReadBasic.All application permission on the mail app.')
@allowed([
  'true'
  'false'
])
param graphUserLookup string = 'false'

@description('Tenant of the app registration (SingleTenant); defaults to the tenant of the subscription.')
param tenantId string = subscription().tenantId

@description('Comma-separated Microsoft Entra tenant ids allowed to use the bot; by default the subscription\'s tenant. Empty needs allowAllTenants.')
param allowedTenantIds string = tenantId

@description('Serve every tenant: a deliberate choice, needed when allowedTenantIds is empty.')
@allowed([
  'true'
  'false'
])
param allowAllTenants string = 'false'

@description('Comma-separated Entra object ids of the project leads.')
param projectLeadIds string = ''

@description('App Service plan size (Linux). F1 has no Always On, so reminders wait until the app is woken.')
@allowed([
  'F1'
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param planSku string = 'B1'

@description('Azure Bot pricing tier. F0 is free and limited to standard channels such as Teams.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name of the bot as shown in the Azure portal.')
@maxLength(42)
param botDisplayName string = 'Broedplaats-bot'

@description('Prefix of every table name, so several deployments can share one storage account.')
@minLength(1)
@maxLength(20)
param tablePrefix string = 'bp'

@description('Log level of the bot.')
@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
  'silent'
])
param logLevel string = 'info'

var isMsi = appType == 'UserAssignedMSI'
var suffix = uniqueString(resourceGroup().id, baseName)
var compactName = toLower(replace(baseName, '-', ''))
var storageAccountName = 'st${take(compactName, 9)}${suffix}'
var identityName = 'id-${baseName}'
var planName = 'plan-${baseName}'
var webAppName = 'app-${baseName}-${suffix}'
var botName = 'bot-${baseName}-${suffix}'
var appPort = '8080'
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The bot reaches storage with its managed identity; no account key is handed out.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {}
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true
  }
}

// The table endpoint ends in '/'; the bot's table clients take the account URL without it.
var tableEndpointWithSlash = storage.properties.primaryEndpoints.table
var tableEndpoint = endsWith(tableEndpointWithSlash, '/') ? substring(tableEndpointWithSlash, 0, length(tableEndpointWithSlash) - 1) : tableEndpointWithSlash
var botAppId = isMsi ? identity.properties.clientId : appId
var botTenantId = isMsi ? identity.properties.tenantId : (appType == 'SingleTenant' ? tenantId : '')

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      // The V8 heap settings of `npm start`: a small young generation and a bounded old one keep the process near
      // 180 MB under load instead of letting garbage grow it past 350 MB, for ~0.4 ms more GC per turn (BENCHMARKS.md).
      appCommandLine: 'node --max-old-space-size=256 --max-semi-space-size=8 dist/src/index.js'
      alwaysOn: planSku != 'F1'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/api/health'
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'PORT', value: appPort }
        { name: 'WEBSITES_PORT', value: appPort }
        { name: 'PUBLIC_BASE_URL', value: 'https://${webAppName}.azurewebsites.net' }
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppPassword', value: isMsi ? '' : appPassword }
        { name: 'MicrosoftAppType', value: appType }
        { name: 'MicrosoftAppTenantId', value: botTenantId }
        { name: 'STORAGE_CONNECTION_STRING', value: '' }
        { name: 'STORAGE_ACCOUNT_URL', value: tableEndpoint }
        { name: 'DATA_DIR', value: '/home/data/broedplaats' }
        { name: 'TABLE_PREFIX', value: tablePrefix }
        { name: 'ALLOWED_TENANT_IDS', value: allowedTenantIds }
        { name: 'ALLOW_ALL_TENANTS', value: allowAllTenants }
        { name: 'PROJECT_LEAD_IDS', value: projectLeadIds }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'LINK_SIGNING_SECRET', value: linkSigningSecret }
        { name: 'REMINDER_DAYS', value: reminderDays }
        { name: 'JOBS_POLL_SECONDS', value: '15' }
        { name: 'TRUSTED_PROXY_HOPS', value: '1' }
        { name: 'REFLECTION_DELAY_MINUTES', value: '60' }
        { name: 'TEST_HOOKS', value: 'false' }
        { name: 'MAIL_TENANT_ID', value: mailTenantId }
        { name: 'MAIL_CLIENT_ID', value: mailClientId }
        { name: 'MAIL_CLIENT_SECRET', value: mailClientSecret }
        { name: 'MAIL_SENDER', value: mailSender }
        { name: 'GRAPH_USER_LOOKUP', value: graphUserLookup }
        { name: 'MAIL_CAP_PER_CONTACT', value: '20' }
        { name: 'MAIL_CAP_PER_BROEDPLAATS', value: '40' }
        { name: 'MAIL_CAP_PER_DAY', value: '200' }
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
        { name: 'NPM_CONFIG_INCLUDE', value: 'dev' }
      ]
    }
  }
  dependsOn: [
    tableService
    tableDataContributor
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: appType
    msaAppTenantId: botTenantId
    msaAppMSIResourceId: isMsi ? identity.id : ''
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
      enableCalling: false
    }
  }
}

@description('Host name of the web app; the bot answers at https://<host>/api/messages.')
output webAppHostName string = webApp.properties.defaultHostName

@description('Name of the web app, for az webapp deploy.')
output webAppName string = webApp.name

@description('PUBLIC_BASE_URL of the bot, for npm run package.')
output publicBaseUrl string = 'https://${webApp.properties.defaultHostName}'

@description('Microsoft app id of the bot (MicrosoftAppId), for npm run package and the Teams manifest.')
output botAppId string = botAppId

@description('Resource id of the Azure Bot.')
output botResourceId string = bot.id

@description('Table endpoint of the storage account (STORAGE_ACCOUNT_URL).')
output storageTableEndpoint string = tableEndpoint
