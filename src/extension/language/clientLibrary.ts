/**
 * vscode-languageclient, bundled on its own as dist/languageClient.js: the extension requires it when the
 * first ABC document opens, so its ~300 KB are not even parsed at activation.
 */
export { LanguageClient, TransportKind } from 'vscode-languageclient/node';
