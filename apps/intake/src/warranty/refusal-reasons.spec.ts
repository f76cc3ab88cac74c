import { FREE_SERVICE_REFUSALS, REFUSAL_REASONS, RETURN_EXCHANGE_REFUSALS, stateReasons } from './refusal-reasons';

describe('refusal reasons', () => {
  it('covers every free-service refusal of RULES.md', () => {
    expect(Object.keys(FREE_SERVICE_REFUSALS).sort()).toEqual(
      ['force_majeure', 'foreign_matter', 'human_damage', 'tampered_labels', 'unauthorised_modification', 'wrong_installation_or_use'],
    );
  });

  it('names fire, flood, lightning and traffic accidents as force majeure in Chinese', () => {
    expect(REFUSAL_REASONS.force_majeure.zh).toMatch(/火灾.*水灾.*雷击.*交通事故/);
  });

  it('shares one wording between free service and returns for the reasons both use', () => {
    expect(RETURN_EXCHANGE_REFUSALS.tampered_labels).toBe(FREE_SERVICE_REFUSALS.tampered_labels);
    expect(RETURN_EXCHANGE_REFUSALS.force_majeure).toBe(FREE_SERVICE_REFUSALS.force_majeure);
  });

  it.each(Object.entries(REFUSAL_REASONS))('labels %s in both languages', (_code, label) => {
    expect(label.en).toMatch(/^[\x20-\x7E]+$/);
    expect(label.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('states each code once in the order of the labels', () => {
    expect(stateReasons({ codes: ['force_majeure', 'human_damage', 'force_majeure'], labels: FREE_SERVICE_REFUSALS }).map((r) => r.code)).toEqual(['human_damage', 'force_majeure']);
  });
});
