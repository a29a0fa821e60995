/**
 * Monaco, bundled locally (never from a CDN): the slim editor API plus the features we use and
 * Python highlighting, with Vite-built workers. `loader.config` must run before any <Editor>
 * mounts, otherwise @monaco-editor/react would fetch Monaco from jsDelivr.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/languages/definitions/python/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

loader.config({ monaco });

export { monaco };
