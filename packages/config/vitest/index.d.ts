import type { ViteUserConfig } from "vitest/config"

type TestOptions = NonNullable<ViteUserConfig["test"]>

export declare const integrationTestOptions: TestOptions
export declare const unitTestOptions: TestOptions
