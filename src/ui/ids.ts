/** Command, view and context-key ids, declared once; package.json `contributes` uses the same strings. */

export const Commands = {
  startInterview: 'onsite.startInterview',
  startRandom: 'onsite.startRandom',
  startProblem: 'onsite.startProblem',
  resumeInterview: 'onsite.resumeInterview',
  showInterview: 'onsite.showInterview',
  togglePause: 'onsite.togglePause',
  run: 'onsite.run',
  submit: 'onsite.submit',
  nextPhase: 'onsite.nextPhase',
  giveUp: 'onsite.giveUp',
  debugTest: 'onsite.debugTest',
  revealHint: 'onsite.revealHint',
  openProblemFolderSettings: 'onsite.openProblemFolderSettings',
  openSettings: 'onsite.openSettings',
  refreshProblems: 'onsite.refreshProblems',
  groupByTopic: 'onsite.groupByTopic',
  groupByDifficulty: 'onsite.groupByDifficulty',
  openWalkthrough: 'onsite.openWalkthrough',
  openDebrief: 'onsite.openDebrief',
  showHistory: 'onsite.showHistory',
  filterHistoryByTopic: 'onsite.history.filterByTopic',
  filterHistoryByDifficulty: 'onsite.history.filterByDifficulty',
  clearHistoryFilter: 'onsite.history.clearFilter',
  refreshHistory: 'onsite.history.refresh',
  exportHistory: 'onsite.history.export',
  importHistory: 'onsite.history.import',
  exportDebriefMarkdown: 'onsite.debrief.exportMarkdown',
  copyDebriefSummary: 'onsite.debrief.copySummary',
} as const;

/** The commands of the History view and the debrief panel, registered at activation while their code loads at first use. */
export const HISTORY_COMMANDS = [
  Commands.openDebrief,
  Commands.showHistory,
  Commands.filterHistoryByTopic,
  Commands.filterHistoryByDifficulty,
  Commands.clearHistoryFilter,
  Commands.refreshHistory,
  Commands.exportHistory,
  Commands.importHistory,
  Commands.exportDebriefMarkdown,
  Commands.copyDebriefSummary,
] as const;

export const Views = {
  problems: 'onsite.problems',
  studyPlan: 'onsite.studyPlan',
  history: 'onsite.history',
  interviewPanel: 'onsite.interview',
  debriefPanel: 'onsite.debrief',
} as const;

export const ContextKeys = {
  sessionActive: 'onsite.sessionActive',
  phase: 'onsite.phase',
  hintsAllowed: 'onsite.hintsAllowed',
  hasUnfinished: 'onsite.hasUnfinished',
  groupBy: 'onsite.groupBy',
  solutionOpen: 'onsite.solutionOpen',
  historyFiltered: 'onsite.historyFiltered',
} as const;

/** The History tree's items, for `viewItem ==` in package.json menus. */
export const SESSION_CONTEXT_VALUE = 'onsite.session';

export const WALKTHROUGH_ID = 'onsite-dev.onsite#onsite.welcome';
