export { compareIds, sortIds } from '../model/compareIds.ts';
