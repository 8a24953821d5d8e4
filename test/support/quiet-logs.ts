process.env.LOG_LEVEL ??= 'silent';
// Known and harmless on Node 20 (docs/troubleshooting.md): in every test file, `npm run test:unit` (no global setup) too.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
