// The API as the renderer calls it: `api.sales.commit(input)`, typed from the contract
// (shared/api), so no screen names a method by string or states an answer's type by hand.
import { createApiTree, type ApiTree, type Send } from '../../shared/api/client';

export { ApiError } from './apiError';
export type Api = ApiTree;

export function createApi(send: Send): Api {
  return createApiTree(send);
}
