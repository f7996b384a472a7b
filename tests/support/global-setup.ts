import type { TestProject } from 'vitest/node';
import { type PlatformInfo, startPlatform } from './platform';

declare module 'vitest' {
  export interface ProvidedContext {
    platform: PlatformInfo;
  }
}

/**
 * One `npm start` for every cross-service and browser test (a boot costs about two minutes on
 * two cores). Teardown is the last check: Ctrl-C must stop every service and exit 0.
 */
export default async function setup(project: TestProject) {
  const platform = await startPlatform();
  project.provide('platform', platform.info);
  return async () => {
    try {
      const code = await platform.interrupt();
      if (code !== 0) throw new Error(`npm start exited ${code} on Ctrl-C`);
      for (const url of [platform.info.registryUrl, platform.info.backendUrl, platform.info.storefrontUrl]) {
        const answered = await fetch(`${url}/health`).then(
          () => true,
          () => false,
        );
        if (answered) throw new Error(`${url} still answers after Ctrl-C`);
      }
    } finally {
      await platform.dispose();
    }
  };
}
