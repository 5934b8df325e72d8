// `npm run package`: writes appPackage/build/broedplaats-bot.zip, the Teams app package, from the configuration.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadPackagingConfig } from '../src/config';
import { buildAppPackage, packageValuesFrom, readAppPackageSources } from './app-package';

/** Compiled to dist/scripts/, so the repository root is two levels up. */
const repositoryRoot = path.resolve(__dirname, '../..');
const appPackageDir = path.join(repositoryRoot, 'appPackage');
const outputFile = path.join(appPackageDir, 'build', 'broedplaats-bot.zip');

/** Builds the package and returns the process exit code: 0 when written, 1 when refused. */
export function packageApp(): number {
  let config: ReturnType<typeof loadPackagingConfig>;
  try {
    config = loadPackagingConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 1;
  }
  const values = packageValuesFrom(config);
  if (!values.ok) {
    console.error(values.message);
    return 1;
  }
  const built = buildAppPackage(readAppPackageSources(appPackageDir), values.value);
  if (!built.ok) {
    console.error(built.message);
    return 1;
  }
  fs.mkdirSync(path.dirname(outputFile), { recursive: true });
  fs.writeFileSync(outputFile, built.value.zip);
  console.log(
    `Wrote ${path.relative(repositoryRoot, outputFile)} (app id ${values.value.MicrosoftAppId}, ` +
      `host ${values.value.PUBLIC_HOST}, files: ${Object.keys(built.value.files).join(', ')}).`,
  );
  return 0;
}

if (require.main === module) process.exitCode = packageApp();
