export { Board, type BoardColumnDef, type BoardProps, type MoveTarget } from './Board';
export { useBoardColumn, type BoardColumnState } from './BoardColumn';
export {
  BoardItem,
  BoardCardFrame,
  BoardList,
  boardCardTitleClass,
  boardColumnsClass,
  boardStripClass,
} from './BoardItem';
