export async function run(): Promise<unknown> { console.log('not yet'); return {}; }
