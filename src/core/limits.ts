export * from '../shared/limits'; // LEAD-TEMP: removed before the last commit
