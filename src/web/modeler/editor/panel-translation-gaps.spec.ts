import { describe, expect, it } from '@jest/globals';
import { dutchTranslate } from './dutch-translations';
import { translateListenerLabels } from './panel-translation-gaps';

describe('The repair of listener names in the properties panel', () => {
  it('translates the name of each listener part by part', () => {
    // Given the execution listeners of a boundary event as bpmn-js-properties-panel names them
    const groups = [{ id: 'CamundaPlatform__ExecutionListener', items: [{ label: 'End: Expression' }, { label: 'Start: Java class' }] }];

    // When the names are repaired
    const [listeners] = translateListenerLabels(groups, dutchTranslate);

    // Then they are Dutch
    expect(listeners.items?.map((item) => item.label)).toEqual(['Einde: Expressie', 'Start: Java-klasse']);
  });

  it('leaves the items of other groups as they are, since those are names from the model', () => {
    const groups = [{ id: 'CamundaPlatform__Input', items: [{ label: 'End: Expression' }] }];

    expect(translateListenerLabels(groups, dutchTranslate)).toEqual(groups);
  });
});
