/**
 * The only bridge between the sandboxed renderer and the main process: one function that
 * forwards a channel name and its input. Validation happens in main, never here.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { answerValue } from '../shared/contract/answer';
import type { ApiResponse, PlanApi } from '../shared/contract/channels';

const api = {
  async invoke(channel: string, input: unknown) {
    const response = (await ipcRenderer.invoke('api', channel, input)) as ApiResponse;
    if (!response.ok) throw Object.assign(new Error(response.error.message), { name: 'ApiError', code: response.error.code });
    return answerValue(response);
  },
} as PlanApi;

contextBridge.exposeInMainWorld('api', api);
