// An Adaptive Cards host configuration close to what Webex clients show: its font, spacing and colours.
window.WEBEX_HOST_CONFIG = {
  fontFamily: "'Segoe UI', 'Helvetica Neue', Helvetica, Arial, sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 12 },
  separator: { lineThickness: 1, lineColor: '#DEDEDE' },
  fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: {
        default: { default: '#121212', subtle: '#636363' },
        accent: { default: '#0D6EFD', subtle: '#0A58CA' },
        attention: { default: '#C92A2A', subtle: '#A61E1E' },
        good: { default: '#0A7D55', subtle: '#07613F' },
        warning: { default: '#B35C00', subtle: '#8A4700' },
      },
    },
    emphasis: {
      backgroundColor: '#F5F5F5',
      foregroundColors: { default: { default: '#121212', subtle: '#636363' } },
    },
  },
  actions: {
    maxActions: 5,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline' },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
  },
  factSet: {
    title: { weight: 'bolder', size: 'default', wrap: true, maxWidth: 180 },
    value: { wrap: true },
    spacing: 8,
  },
  inputs: {
    label: { inputSpacing: 'small', requiredInputs: { weight: 'bolder' }, optionalInputs: { weight: 'default' } },
  },
};
