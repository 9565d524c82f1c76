import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../src/app/hash-route.ts';

describe('questionnaire routes', () => {
  it.each<[string, Route | null]>([
    ['', { view: 'start' }],
    ['#', { view: 'start' }],
    ['#/', { view: 'start' }],
    ['#/a/abc', { view: 'overview', id: 'abc' }],
    ['#/a/abc/', { view: 'overview', id: 'abc' }],
    ['#/a/abc/5.2', { view: 'clause', id: 'abc', clause: '5.2' }],
    ['#/a/abc/nonsense', { view: 'overview', id: 'abc' }],
    ['#/a/a%20b', { view: 'overview', id: 'a b' }],
    ['#/a/%E0%A4%A', { view: 'start' }],
    ['#/unknown', { view: 'start' }],
    ['#_top', null],
    ['#DM-PLAN-01', null],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
  it.each<Route>([
    { view: 'start' },
    { view: 'overview', id: '8d0c-4f' },
    { view: 'clause', id: 'a/b', clause: '7.3' },
  ])('round-trips %o', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
